package org.chenggeng.project;

import java.util.List;
import java.util.Locale;

/**
 * What is still unfinished in a project, supplied by the module that owns work items (which depends on this
 * one). Moving a project to 完工 asks the user to confirm when this list is not empty.
 */
public interface CompletionCheck {

    /** One line per unfinished work item, in the given language, e.g. "化粪池：剩余 3 座". */
    List<String> unfinishedWork(long projectId, Locale locale);
}
