package org.chenggeng.shared.xlsx;

import java.util.List;

/**
 * A column an import file may have, by the header texts that name it: the template's own first, then any other
 * accepted form (the header in another language). A file's problems name the column by the form the file uses.
 */
public interface SheetColumn {

    List<String> headers();
}
