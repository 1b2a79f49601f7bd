package io.adtopo.core.malformed;

import java.nio.charset.StandardCharsets;

import io.adtopo.core.dfs.DfsTarget;
import io.adtopo.core.dfs.TargetList;
import io.adtopo.core.dfs.TargetListException;
import io.adtopo.core.dfs.TargetListParser;

/**
 * msDFS-TargetListv2 values through {@link TargetListParser#parse(byte[])}. A literal {@code .xml} case is
 * stored as Windows stores the attribute: UTF-16LE after the byte-order mark FF FE. Facts: {@code version},
 * {@code targets} (how many) and {@code target} (each one).
 */
final class TargetListRunner implements CaseRunner {

    @Override
    public Outcome run(byte[] input, Expectation expect) {
        TargetList list;
        try {
            list = TargetListParser.parse(input);
        } catch (TargetListException e) {
            return Outcome.refused(e.getMessage());
        }
        Outcome outcome = Outcome.read(null).with("version", list.majorVersion() + "." + list.minorVersion())
                .with("targets", list.targets().size()).withNone("target");
        for (DfsTarget target : list.targets()) {
            outcome.with("target", target);
        }
        return outcome;
    }

    @Override
    public byte[] literal(byte[] file) {
        byte[] body = new String(file, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
        byte[] value = new byte[body.length + 2];
        value[0] = (byte) 0xFF;
        value[1] = (byte) 0xFE;
        System.arraycopy(body, 0, value, 2, body.length);
        return value;
    }
}
