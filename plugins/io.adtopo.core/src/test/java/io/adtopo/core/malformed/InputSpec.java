package io.adtopo.core.malformed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Builds a case's input from a {@code .gen} spec, so that big or binary inputs are described in a few lines
 * instead of committed as they are. The directives are listed in {@code malformed/README.md}; each line is
 * {@code directive [options]: argument}, applied in order to the bytes built so far.
 */
final class InputSpec {

    /** The characters {@code noise} draws from: what a GUID, a number or a DN is made of, and white space. */
    private static final String NOISE = "0123456789abcdefABCDEF----____....::::====,,,\\\\{}()<>#$%@&/"
            + "ghijklmnopqrstuvwxyzGHIJKLMNOPQRSTUVWXYZ          \t\r\n\0\u00e9\u00fc\u4e2d";

    private final Path folder;
    private final String source;
    private final ByteArrayOutputStream before = new ByteArrayOutputStream();
    private final ByteArrayOutputStream after = new ByteArrayOutputStream();
    private int fillTotal = -1;
    private byte[] fillUnit;

    private InputSpec(Path folder, String source) {
        this.folder = folder;
        this.source = source;
    }

    /** The input a spec file describes; IllegalArgumentException naming the file and line when it is wrong. */
    static byte[] build(Path spec) throws IOException {
        InputSpec builder = new InputSpec(spec.getParent(), spec.getFileName().toString());
        List<String> lines = Files.readAllLines(spec, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                builder.apply(line);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(builder.source + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return builder.result();
    }

    private void apply(String line) throws IOException {
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("expected 'directive [options]: argument'");
        }
        List<String> words = Arrays.asList(line.substring(0, colon).trim().split("\\s+"));
        String argument = line.substring(colon + 1);
        argument = argument.startsWith(" ") ? argument.substring(1) : argument;
        String directive = words.get(0);
        List<String> options = words.subList(1, words.size());
        boolean counted = directive.equals("repeat") || directive.equals("noise") || directive.equals("fill-to")
                || directive.startsWith("set-");
        if (counted && options.isEmpty()) {
            throw new IllegalArgumentException(directive + " needs a number before the ':'");
        }
        switch (directive) {
        case "text":
            append(encode(unescape(argument), options));
            break;
        case "file":
            append(encode(lineEnds(Files.readString(part(argument), StandardCharsets.UTF_8), options), options));
            break;
        case "repeat":
            append(encode(unescape(argument).repeat(count(options.get(0))), options.subList(1, options.size())));
            break;
        case "hex":
            append(hex(argument));
            break;
        case "base64":
            append(base64(part(argument)));
            break;
        case "noise":
            append(noise(count(options.get(0)), Long.parseLong(argument.trim())));
            break;
        case "fill-to":
            fill(count(options.get(0)), encode(unescape(argument), options.subList(1, options.size())));
            break;
        case "truncate":
            truncate(count(argument));
            break;
        case "set-byte":
        case "set-u32":
        case "set-u64":
            set(directive, count(options.get(0)), number(argument));
            break;
        default:
            throw new IllegalArgumentException("unknown directive '" + directive + "'");
        }
    }

    private void append(byte[] bytes) {
        (fillUnit == null ? before : after).writeBytes(bytes);
    }

    private void fill(int total, byte[] unit) {
        if (fillUnit != null) {
            throw new IllegalArgumentException("only one fill-to per spec");
        }
        if (unit.length == 0) {
            throw new IllegalArgumentException("fill-to needs something to repeat");
        }
        fillTotal = total;
        fillUnit = unit;
    }

    private ByteArrayOutputStream edit() {
        if (fillUnit != null) {
            throw new IllegalArgumentException("edits cannot follow fill-to");
        }
        return before;
    }

    private void truncate(int length) {
        byte[] bytes = edit().toByteArray();
        if (length > bytes.length) {
            throw new IllegalArgumentException("cannot truncate " + bytes.length + " bytes to " + length);
        }
        before.reset();
        before.write(bytes, 0, length);
    }

    private void set(String directive, int offset, long value) {
        byte[] bytes = edit().toByteArray();
        int width = directive.equals("set-byte") ? 1 : directive.equals("set-u32") ? 4 : 8;
        if (offset < 0 || offset + width > bytes.length) {
            throw new IllegalArgumentException(directive + " at " + offset + " is outside the " + bytes.length
                    + " bytes built so far");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (width == 1) {
            buffer.put(offset, (byte) value);
        } else if (width == 4) {
            buffer.putInt(offset, (int) value);
        } else {
            buffer.putLong(offset, value);
        }
        before.reset();
        before.writeBytes(bytes);
    }

    private byte[] result() {
        if (fillUnit == null) {
            return before.toByteArray();
        }
        int gap = fillTotal - before.size() - after.size();
        if (gap < 0) {
            throw new IllegalArgumentException(source + ": fill-to " + fillTotal + " is smaller than the "
                    + (before.size() + after.size()) + " bytes around it");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(fillTotal);
        out.writeBytes(before.toByteArray());
        for (int left = gap; left > 0; left -= fillUnit.length) {
            out.write(fillUnit, 0, Math.min(left, fillUnit.length));
        }
        out.writeBytes(after.toByteArray());
        return out.toByteArray();
    }

    private Path part(String name) {
        String file = name.trim();
        if (file.contains("/") || file.contains("\\") || file.startsWith(".")) {
            throw new IllegalArgumentException("'" + file + "' must name a file in the same folder");
        }
        return folder.resolve(file);
    }

    private static byte[] encode(String text, List<String> options) {
        Charset charset = StandardCharsets.UTF_8;
        for (String option : options) {
            switch (option.toLowerCase(Locale.ROOT)) {
            case "utf-8":
                charset = StandardCharsets.UTF_8;
                break;
            case "utf-16le":
                charset = StandardCharsets.UTF_16LE;
                break;
            case "utf-16be":
                charset = StandardCharsets.UTF_16BE;
                break;
            case "crlf":
                break;
            default:
                throw new IllegalArgumentException("unknown option '" + option + "'");
            }
        }
        return text.getBytes(charset);
    }

    private static String lineEnds(String text, List<String> options) {
        return options.contains("crlf") ? text.replace("\r\n", "\n").replace("\n", "\r\n") : text;
    }

    /** {@code \n \r \t \0 \\ \s} (a space, for the end of a line) and {@code \}{@code uXXXX}; nothing else. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i + 1 >= text.length()) {
                throw new IllegalArgumentException("a lone backslash at the end; write \\\\ for one backslash");
            }
            char n = text.charAt(++i);
            switch (n) {
            case 'n':
                out.append('\n');
                break;
            case 'r':
                out.append('\r');
                break;
            case 't':
                out.append('\t');
                break;
            case '0':
                out.append('\0');
                break;
            case 's':
                out.append(' ');
                break;
            case '\\':
                out.append('\\');
                break;
            case 'u':
                out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                i += 4;
                break;
            default:
                throw new IllegalArgumentException("unknown escape \\" + n + "; write \\\\ for one backslash");
            }
        }
        return out.toString();
    }

    static byte[] hex(String text) {
        String digits = text.replaceAll("\\s+", "");
        if (digits.length() % 2 != 0 || !digits.matches("[0-9a-fA-F]*")) {
            throw new IllegalArgumentException("hex needs pairs of hex digits");
        }
        byte[] bytes = new byte[digits.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    private static byte[] base64(Path file) throws IOException {
        String text = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#"))
                .collect(Collectors.joining());
        return Base64.getMimeDecoder().decode(text);
    }

    private static byte[] noise(int chars, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) {
            text.append(NOISE.charAt(random.nextInt(NOISE.length())));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int count(String text) {
        return Math.toIntExact(number(text));
    }

    /** Decimal or {@code 0x} hex, '_' allowed between digits, a leading '-' for two's complement values. */
    private static long number(String text) {
        String digits = text.trim().replace("_", "");
        boolean negative = digits.startsWith("-");
        String magnitude = negative ? digits.substring(1) : digits;
        long value = magnitude.startsWith("0x") ? Long.parseUnsignedLong(magnitude.substring(2), 16)
                : Long.parseLong(magnitude);
        return negative ? -value : value;
    }
}
