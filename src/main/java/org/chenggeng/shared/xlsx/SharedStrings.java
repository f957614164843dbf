package org.chenggeng.shared.xlsx;

import org.apache.poi.util.XMLHelper;
import org.chenggeng.shared.DomainException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The workbook's shared strings table (each text cell stores an index into it), read with a bound on the number
 * of strings and on their characters, so that the table cannot fill the heap before a single row is read.
 * Rich-text runs are joined; phonetic runs ({@code rPh}) are left out, as Excel shows them.
 */
final class SharedStrings extends DefaultHandler {

    private final int maxStrings;
    private final long maxChars;
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private long chars;
    private boolean inString;
    private boolean inText;
    private boolean inPhonetic;

    private SharedStrings(int maxStrings, long maxChars) {
        this.maxStrings = maxStrings;
        this.maxChars = maxChars;
    }

    static List<String> read(InputStream xml, XlsxRows.Limits limits)
            throws IOException, SAXException, ParserConfigurationException {
        SharedStrings handler = new SharedStrings(limits.maxSharedStrings(), limits.maxSharedStringChars());
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(xml));
        return handler.strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> {
                if (strings.size() >= maxStrings) {
                    throw new DomainException("import.error.tooManyStrings", maxStrings);
                }
                inString = true;
                text.setLength(0);
            }
            case "t" -> inText = inString && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            chars += length;
            if (chars > maxChars) {
                throw new DomainException("import.error.tooManyStrings", maxStrings);
            }
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                strings.add(text.toString());
                inString = false;
            }
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
    }
}
