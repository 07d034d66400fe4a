package org.minsheng.nlp.domain;

/**
 * Training or evaluation data that cannot be used (missing file, missing column, bad encoding,
 * unreadable model). Messages are bilingual because they reach operators on the command line.
 */
public class ClassifierDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ClassifierDataException(String message) {
        super(message);
    }

    public ClassifierDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
