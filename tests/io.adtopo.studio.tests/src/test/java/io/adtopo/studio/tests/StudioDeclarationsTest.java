package io.adtopo.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.directory.api.ldap.model.name.Dn;
import org.apache.directory.studio.connection.core.Connection;
import org.apache.directory.studio.connection.core.ConnectionParameter.AuthenticationMethod;
import org.apache.directory.studio.connection.core.ConnectionParameter.EncryptionMethod;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.adtopo.tests.support.Workbench;
import io.adtopo.ui.referrals.ReferralNode;
import io.adtopo.ui.referrals.ReferralsView;
import io.adtopo.ui.topology.TopologyView;

/**
 * The Studio bridge's contributions to Directory Studio's LDAP Browser, as declared: the browser cannot run
 * here, so its menus are checked where they are declared (view ids and "additions" group as in Studio's
 * source) and the command is run the way the menu would run it.
 */
class StudioDeclarationsTest {

    private static final String COMMAND = "io.adtopo.studio.commands.showTopology";
    private static final String ANSWER = "io.adtopo.studio.commands.showReferralAnswer";
    private static final String BROWSER = "org.apache.directory.studio.ldapbrowser.ui.views.browser.BrowserView";
    private static final String CONNECTIONS = "org.apache.directory.studio.ldapbrowser.ui.views.connection.ConnectionView";

    @AfterEach
    void cleanUp() {
        StudioConnections.removeAll();
    }

    @Test
    void menusAreContributedToBothLdapBrowserViewsAfterAdditions() {
        List<String> locations = new ArrayList<>();
        List<String> browserCommands = new ArrayList<>();
        for (IConfigurationElement contribution : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.ui.menus")) {
            if ("io.adtopo.studio".equals(contribution.getContributor().getName())
                    && contribution.getAttribute("locationURI").contains("ldapbrowser")) {
                locations.add(contribution.getAttribute("locationURI"));
                IConfigurationElement[] commands = contribution.getChildren("command");
                assertEquals(COMMAND, commands[0].getAttribute("commandId"));
                for (IConfigurationElement command : commands) {
                    IConfigurationElement with = command.getChildren("visibleWhen")[0].getChildren("with")[0];
                    assertEquals("selection", with.getAttribute("variable"));
                    IConfigurationElement adapt = with.getChildren("iterate")[0].getChildren("adapt")[0];
                    assertEquals("org.apache.directory.studio.connection.core.Connection", adapt.getAttribute("type"));
                    if (contribution.getAttribute("locationURI").contains(BROWSER)) {
                        browserCommands.add(command.getAttribute("commandId"));
                    }
                }
            }
        }
        locations.sort(null);
        assertEquals(List.of("popup:" + BROWSER + "?after=additions", "popup:" + CONNECTIONS + "?after=additions"),
                locations);
        assertEquals(List.of(COMMAND, ANSWER), browserCommands, "the LDAP Browser also asks where an entry is answered");
    }

    @Test
    void whereIsThisAnsweredShowsTheSelectedEntrysNamingContextInReferrals() throws Exception {
        Connection connection = StudioConnections.forestDc(1, "LIVDC1 from the browser");
        Object entry = new SelectedEntryTest.EntryLike(connection,
                new Dn("CN=HOUDC1,CN=Servers,CN=Houston,CN=Sites,CN=Configuration,DC=contoso,DC=test"));
        Workbench.uiRun(() -> {
            try {
                IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
                ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
                IEvaluationContext context = handlers.createContextSnapshot(true);
                context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(entry));
                handlers.executeCommandInContext(new ParameterizedCommand(commands.getCommand(ANSWER), null), null,
                        context);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ReferralsView view = Workbench.ui(() -> (ReferralsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getActivePage().findView(ReferralsView.ID));
        assertTrue(view != null, "Referrals opened");
        try {
            Workbench.waitForJobs(ReferralsView.JOB_FAMILY, Duration.ofSeconds(60));
            Workbench.waitUntil("the answer is shown", Duration.ofSeconds(60),
                    () -> !view.rows().isEmpty() && view.rows().get(0).label().startsWith("Answer for"));
            ReferralNode answer = Workbench.ui(() -> view.rows().get(0));
            assertEquals("Answer for CN=HOUDC1,CN=Servers,CN=Houston,CN=Sites,CN=Configuration,DC=contoso,DC=test",
                    answer.label());
            assertTrue(answer.details().startsWith("livdc1.contoso.test holds CN=Configuration,DC=contoso,DC=test"),
                    answer.details());
        } finally {
            Workbench.closeView(view);
        }
    }

    @Test
    void theCatalogIsContributed() {
        List<String> classes = new ArrayList<>();
        for (IConfigurationElement e : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("io.adtopo.ui.connectionCatalogs")) {
            classes.add(e.getContributor().getName() + ":" + e.getAttribute("class"));
        }
        assertTrue(classes.contains("io.adtopo.studio:io.adtopo.studio.StudioConnectionCatalog"), classes.toString());
    }

    @Test
    void theCommandOpensSitesAndServersOnTheSelectedConnection() throws Exception {
        Connection connection = StudioConnections.forestDc(1, "LIVDC1 from the menu");
        Workbench.uiRun(() -> {
            try {
                IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
                ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
                IEvaluationContext context = handlers.createContextSnapshot(true);
                context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(connection));
                handlers.executeCommandInContext(new ParameterizedCommand(commands.getCommand(COMMAND), null), null,
                        context);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        TopologyView view = Workbench.ui(() -> (TopologyView) PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getActivePage().findView(TopologyView.ID));
        assertTrue(view != null, "Sites and Servers opened");
        Workbench.waitForJobs(TopologyView.LOAD_FAMILY, Duration.ofSeconds(60));
        Workbench.waitUntil("the view shows LIVDC1's topology", Duration.ofSeconds(60),
                () -> view.topology() != null);
        assertEquals(7, Workbench.ui(() -> view.topology().sites().size()));
        Workbench.closeView(view);
    }
}
