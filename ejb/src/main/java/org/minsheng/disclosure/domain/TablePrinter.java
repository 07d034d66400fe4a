package org.minsheng.disclosure.domain;

import java.util.List;

/** Prints a document of titled tables as a PDF (the annual report's statistics). */
public interface TablePrinter {

    record Table(String heading, List<String> columns, List<List<String>> rows) {
    }

    byte[] print(String title, String subtitle, List<Table> tables);
}
