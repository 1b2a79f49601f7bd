package io.adtopo.ui.partitions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ColumnLabelProvider;

import io.adtopo.core.topology.CrossRef;
import io.adtopo.core.topology.Server;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.internal.Messages;

/** The columns of the Partitions view. */
final class PartitionsLabels {

    private PartitionsLabels() {
    }

    static ColumnLabelProvider column(Supplier<Topology> topology, Function<CrossRef, String> text) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof CrossRef && topology.get() != null ? text.apply((CrossRef) element) : "";
            }
        };
    }

    static String kind(CrossRef c) {
        String kind = c.kind().label();
        return c.isPreCreated() ? kind + " " + Messages.Partitions_preCreated : kind;
    }

    static String hosts(CrossRef c, Topology topology) {
        if (c.kind() == CrossRef.Kind.EXTERNAL) {
            return Messages.Partitions_outsideForest;
        }
        List<String> names = new ArrayList<>();
        for (Server server : topology.writableHostsOf(c.ncName())) {
            names.add(server.name());
        }
        for (Server server : topology.partialHostsOf(c.ncName())) {
            names.add(server.name() + " " + Messages.Partitions_partial);
        }
        return names.isEmpty() ? Messages.Partitions_noHost : String.join(", ", names);
    }
}
