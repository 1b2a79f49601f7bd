package io.adtopo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.Encryption;
import io.adtopo.tests.support.FindDsaDialogPage;
import io.adtopo.tests.support.ForestConnectionCatalog;
import io.adtopo.tests.support.SeedTexts;
import io.adtopo.tests.support.TopologyPartPage;
import io.adtopo.tests.support.Workbench;
import io.adtopo.ui.topology.TopologyView;

/** The seed article's texts pasted into "Find DSA from a Message" select the DC they name. */
class FindDsaFromMessageTest {

    private static final Duration LOAD = Duration.ofSeconds(60);
    private TopologyPartPage page;
    private FindDsaDialogPage dialog;

    @BeforeEach
    void open() {
        page = TopologyPartPage.open(TopologyView.ID);
        page.chooseConnection(ForestConnectionCatalog.key(1, Encryption.NONE), LOAD);
        Workbench.uiRun(() -> page.view().getSite().getPage().activate(page.view()));
        dialog = FindDsaDialogPage.open();
    }

    @AfterEach
    void close() {
        dialog.close();
        Workbench.closeView(page.view());
    }

    @Test
    void event1411SelectsTheDcItsMsdcsNameNames() {
        dialog.find(SeedTexts.read("event-1411.txt"));
        assertEquals(List.of("3dab7f9b-92e7-4391-b8db-71df532c1493._msdcs.Contoso.com | _msdcs name | Seattle\\SEADC1"),
                dialog.rows());
        assertTrue(dialog.summary().contains("error 8589"), dialog.summary());
        assertTrue(dialog.summary().contains("event 1411"), dialog.summary());
        dialog.select();
        assertEquals(List.of("Seattle", "SEADC1", "NTDS Settings"), page.selectedPath());
    }

    @Test
    void repadminOutputSelectsTheFirstPartnerTheForestHas() {
        dialog.find(SeedTexts.read("repadmin-showrepl-run-together.txt"));
        List<String> rows = dialog.rows();
        assertTrue(rows.contains("bd630d6d-f6c1-4958-971d-7e4671c3f93a | DSA object GUID | Charlotte\\CHADC1"),
                rows.toString());
        assertTrue(rows.contains("1eb475f2-1265-46af-a04c-be48aea706b0 | DSA object GUID | Denver\\DENDC1"),
                rows.toString());
        assertTrue(rows.contains("e166f5b7-5adc-4670-b147-783ae1850263 | invocation ID | not found on this DC"),
                rows.toString());
        dialog.select();
        assertEquals(List.of("Charlotte", "CHADC1", "NTDS Settings"), page.selectedPath());
    }

    @Test
    void optionAsPingTextFindsTheSameDc() {
        dialog.find(SeedTexts.read("option-a-ping.txt"));
        assertTrue(dialog.rows().get(0).endsWith("Seattle\\SEADC1"), dialog.rows().toString());
    }

    @Test
    void aDeletedDsaIsFoundButCannotBeSelected() {
        dialog.find("Event 1925: source DSA 6f1c1d5e-9a43-4b7e-8c52-0d3b5e7a9f21._msdcs.contoso.test failed");
        List<String> rows = dialog.rows();
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains("| deleted: Lab\\OLDDC9 (last known parent CN=OLDDC9"), rows.get(0));
        assertFalse(dialog.canSelect());
    }

    @Test
    void aTextWithoutDsaSaysSo() {
        dialog.find(SeedTexts.read("dcdiag-replications-placeholders.txt"));
        assertTrue(dialog.rows().isEmpty());
        assertFalse(dialog.canSelect());
        dialog.find("nothing to see here \u0000\u0001 <site>\\<DC name>");
        assertTrue(dialog.summary().startsWith("Nothing recognised"), dialog.summary());
    }
}
