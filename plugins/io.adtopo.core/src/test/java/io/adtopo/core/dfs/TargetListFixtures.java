package io.adtopo.core.dfs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads the readable target-list fixtures in {@code targetlists/} and encodes them as values are stored. */
final class TargetListFixtures {

    private TargetListFixtures() {
    }

    /** A fixture's text. */
    static String text(String name) {
        try (InputStream in = TargetListFixtures.class.getResourceAsStream("targetlists/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No fixture targetlists/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture as Windows stores it: UTF-16LE with the byte-order mark FF FE. */
    static byte[] value(String name) {
        return utf16le(text(name));
    }

    /** A base64 fixture (as copied from an LDIF file; line breaks allowed) decoded to its bytes. */
    static byte[] base64(String name) {
        return Base64.getMimeDecoder().decode(text(name));
    }

    static byte[] utf16le(String xml) {
        return withMark(new byte[] { (byte) 0xFF, (byte) 0xFE }, xml, StandardCharsets.UTF_16LE);
    }

    static byte[] utf16be(String xml) {
        return withMark(new byte[] { (byte) 0xFE, (byte) 0xFF }, xml, StandardCharsets.UTF_16BE);
    }

    static byte[] utf8(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] withMark(byte[] mark, String xml, Charset charset) {
        byte[] body = xml.getBytes(charset);
        byte[] out = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, out, 0, mark.length);
        System.arraycopy(body, 0, out, mark.length, body.length);
        return out;
    }
}
