package io.adtopo.core.malformed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must never reach a user in a message: a stack trace, a Java exception or error class name, a Java
 * package name, the word "null", control characters (a terminal escape, a line break), or nothing at all.
 */
final class MessageHygiene {

    private static final Pattern THROWABLE_NAME = Pattern.compile("\\b[A-Za-z_$][\\w$]*(?:Exception|Error)\\b");
    private static final Pattern PACKAGE = Pattern
            .compile("\\b(?:java|javax|jdk|sun|com\\.sun|org\\.xml|org\\.w3c|org\\.apache)\\.[a-z]\\w*");
    private static final Pattern NULL = Pattern.compile("\\bnull\\b");

    private MessageHygiene() {
    }

    /** What is wrong with {@code message} as something a user reads; empty when nothing is. */
    static List<String> problems(String message) {
        List<String> problems = new ArrayList<>();
        if (message == null || message.isBlank()) {
            problems.add("the message is empty");
            return problems;
        }
        if (message.contains("\tat ") || message.contains("Caused by:")) {
            problems.add("it holds a stack trace");
        }
        found(THROWABLE_NAME.matcher(message), "it names the Java class ", problems);
        found(PACKAGE.matcher(message), "it names the Java package ", problems);
        found(NULL.matcher(message), "it says ", problems);
        message.chars().filter(Character::isISOControl).findFirst()
                .ifPresent(c -> problems.add(String.format("it holds the control character U+%04X", c)));
        return problems;
    }

    private static void found(Matcher matcher, String what, List<String> problems) {
        if (matcher.find()) {
            problems.add(what + "\"" + matcher.group() + "\"");
        }
    }
}
