package io.adtopo.ui.referrals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.adtopo.core.ldap.EntryHandler;
import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.ldap.SearchSpec;
import io.adtopo.core.referrals.ReferralResolver;
import io.adtopo.core.topology.Server;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.internal.Messages;
import io.adtopo.ui.topology.TopologyPart;

/**
 * Referrals: for a DN the user types (or the entry selected in Directory Studio), the naming context and
 * crossRef that answer for it and the URL a DC refers to; the referrals and continuation references a
 * subtree search of the connection returns, each mapped to its crossRef; chasing a DN's referrals to the
 * servers they name (asking how to bind at each); and the forest's external crossRefs.
 */
public final class ReferralsView extends TopologyPart {

    public static final String ID = "io.adtopo.ui.views.referrals";
    /** The job family of the view's reads, searches and chases. */
    public static final Object JOB_FAMILY = ReferralsJob.class;

    private Text dn;
    private Button merge;
    private final List<ReferralNode> results = new ArrayList<>();
    private String resultsConnection;
    private ReferralNode externals;

    @Override
    protected void createControls(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(row);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(row);
        new Label(row, SWT.NONE).setText(Messages.Referrals_dn);
        dn = new Text(row, SWT.BORDER | SWT.SEARCH);
        dn.setData(WIDGET_KEY, "dn");
        dn.setMessage(Messages.Referrals_dnHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(dn);
        dn.addListener(SWT.DefaultSelection, e -> answer(dn.getText()));
        button(row, Messages.Referrals_answer, "answer", () -> answer(dn.getText()));
        button(row, Messages.Referrals_search, "search", () -> searchSubtree(dn.getText()));
        button(row, Messages.Referrals_chase, "chase", () -> chase(dn.getText()));
        merge = new Button(row, SWT.CHECK);
        merge.setText(Messages.Referrals_merge);
        merge.setData(WIDGET_KEY, "merge");
    }

    private static void button(Composite parent, String text, String id, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(WIDGET_KEY, id);
        button.addListener(SWT.Selection, e -> action.run());
    }

    @Override
    protected void configure(TreeViewer tree) {
        column(tree, Messages.Referrals_columnItem, 420, ReferralNode::label);
        column(tree, Messages.Referrals_columnDetails, 700, ReferralNode::details);
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof List ? ((List<?>) input).toArray() : new Object[0];
            }

            @Override
            public Object[] getChildren(Object parent) {
                return ((ReferralNode) parent).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((ReferralNode) element).children().isEmpty();
            }
        });
    }

    private static void column(TreeViewer tree, String title, int width,
            java.util.function.Function<ReferralNode, String> text) {
        column(tree, title, width, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof ReferralNode ? text.apply((ReferralNode) element) : "";
            }
        });
    }

    /** Puts a DN in the field (from Studio's LDAP Browser) and shows where it is answered. */
    public void showDn(String text) {
        dn.setText(text);
        answer(text);
    }

    /** Where the DN is answered, by the connected server's crossRefs. */
    public void answer(String text) {
        run(Messages.Referrals_answerWhat, (session, resolver, monitor) -> {
            try {
                return ReferralRows.answer(resolver.answer(text));
            } catch (IllegalArgumentException e) {
                return ReferralRows.failure(Messages.Referrals_answerWhat, e.getMessage());
            }
        });
    }

    /** A subtree search from the DN (the domain when empty): the references it returns, mapped to crossRefs. */
    public void searchSubtree(String text) {
        Topology shown = topology();
        String base = text.isBlank() && shown != null ? shown.forest().defaultNamingContext() : text.trim();
        run(NLS.bind(Messages.Referrals_searchOf, base), (session, resolver, monitor) -> {
            Map<String, String> references = new LinkedHashMap<>();
            List<String> referrals = new ArrayList<>();
            long entries = session.search(SearchSpec.subtree(base, "(objectClass=*)", "1.1"), new EntryHandler() {
                @Override
                public void entry(LdapEntry entry) {
                    // counted by the search
                }

                @Override
                public void reference(List<String> urls) {
                    urls.forEach(url -> references.putIfAbsent(url, Messages.Referrals_continuation));
                }

                @Override
                public void referral(List<String> urls) {
                    referrals.addAll(urls);
                }
            }, monitor);
            return ReferralRows.search(base, entries, references, referrals, resolver);
        });
    }

    /** Follows the DN's referrals to the servers they name, asking how to bind at each. */
    public void chase(String text) {
        boolean merged = merge.getSelection();
        ConnectionRef connection = connection();
        if (connection == null) {
            return;
        }
        run(NLS.bind(Messages.Referrals_chaseOf, text), new ChaseTask(connection, text.trim(), merged,
                viewer().getControl().getShell()));
    }

    private void run(String what, ReferralsJob.Task task) {
        ConnectionRef connection = connection();
        if (connection == null) {
            updateStatus(Messages.Topology_chooseConnection, true);
            return;
        }
        new ReferralsJob(connection, dcHostNames(), what, task, node -> inUi(() -> {
            if (connection.equals(connection())) {
                keepResultsOf(connection);
                results.add(0, node);
                refreshInput();
                viewer().setExpandedState(node, true);
            }
        })).schedule();
    }

    private Set<String> dcHostNames() {
        Set<String> hosts = new HashSet<>();
        Topology shown = topology();
        if (shown != null) {
            for (Server server : shown.servers()) {
                if (!server.dnsHostName().isEmpty()) {
                    hosts.add(server.dnsHostName());
                }
            }
        }
        return hosts;
    }

    /** Results belong to one connection: choosing another one starts afresh; a reload keeps them. */
    private void keepResultsOf(ConnectionRef connection) {
        if (!connection.key().equals(resultsConnection)) {
            results.clear();
            resultsConnection = connection.key();
        }
    }

    @Override
    protected void showTopology(Topology shown) {
        ConnectionRef connection = connection();
        if (connection != null) {
            keepResultsOf(connection);
        }
        externals = shown == null ? null
                : ReferralRows.externals(ReferralResolver.of(shown, List.of(), "").externalCrossRefs());
        refreshInput();
    }

    private void refreshInput() {
        List<ReferralNode> input = new ArrayList<>(results);
        if (externals != null) {
            input.add(externals);
        }
        viewer().setInput(input);
    }

    /** The rows shown, first the newest result, last the external crossRefs. */
    public List<ReferralNode> rows() {
        @SuppressWarnings("unchecked")
        List<ReferralNode> input = (List<ReferralNode>) viewer().getInput();
        return input == null ? List.of() : input;
    }

    private void inUi(Runnable runnable) {
        Control control = viewer().getControl();
        if (!control.isDisposed()) {
            control.getDisplay().asyncExec(() -> {
                if (!control.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    @Override
    protected String loadedStatus(ConnectionRef connection, Topology loaded, String time) {
        return NLS.bind(Messages.Referrals_loaded, connection.profile().name(), time);
    }
}
