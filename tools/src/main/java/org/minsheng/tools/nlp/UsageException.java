package org.minsheng.tools.nlp;

/** Bad command-line arguments: the message is printed as is, and the command exits with 2. */
final class UsageException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
