package io.adtopo.ui.dfs;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.adtopo.core.dfs.FolderPreview;
import io.adtopo.core.dfs.ReferralWhatIf;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.topology.Site;
import io.adtopo.core.topology.SiteCosts;
import io.adtopo.core.topology.SiteLink;
import io.adtopo.core.topology.SitePath;
import io.adtopo.ui.internal.Messages;
import io.adtopo.ui.topology.TopologyPart;

/**
 * The editor's second page: the IP site links with their stored and what-if costs, "Bridge all site links"
 * as a what-if, the cheapest paths from the client site, and the full site-cost matrix when the forest has
 * few enough sites to read one.
 */
final class SiteCostsPage {

    /** Above this many sites the matrix is not drawn; the paths from the client site still are. */
    static final int MATRIX_LIMIT = 40;

    private final ReferralPreviewEditor editor;
    private final Composite root;
    private final Button bridgeAll;
    private final TableViewer links;
    private final Label pathsTitle;
    private final TableViewer paths;
    private final Table matrix;

    SiteCostsPage(Composite parent, ReferralPreviewEditor editor) {
        this.editor = editor;
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(root);
        bridgeAll = new Button(root, SWT.CHECK);
        bridgeAll.setText(Messages.Costs_bridgeAll);
        bridgeAll.setData(TopologyPart.WIDGET_KEY, "bridgeAll");
        bridgeAll.addListener(SWT.Selection, e -> editor.setWhatIf(editor.whatIf()
                .withBridgesRequired(!bridgeAll.getSelection())));

        links = table(root, "links", 170);
        column(links, Messages.Costs_columnLink, 140, o -> ((SiteLink) o).name(), null);
        column(links, Messages.Costs_columnSites, 260, o -> sitesOf((SiteLink) o), null);
        column(links, Messages.Costs_columnStored, 110, o -> String.valueOf(((SiteLink) o).cost()), null);
        column(links, Messages.Costs_columnWhatIf, 110, o -> whatIfCost((SiteLink) o), new CostEditing());

        pathsTitle = new Label(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(pathsTitle);
        paths = table(root, "paths", 160);
        column(paths, Messages.Costs_columnSite, 140, o -> DnNames.firstValue(((SitePath) o).toSiteDn()), null);
        column(paths, Messages.Costs_columnCost, 90, o -> cost(((SitePath) o).cost()), null);
        column(paths, Messages.Costs_columnVia, 420, o -> ((SitePath) o).describe(), null);

        new Label(root, SWT.NONE).setText(Messages.Costs_matrix);
        matrix = new Table(root, SWT.BORDER | SWT.FULL_SELECTION);
        matrix.setData(TopologyPart.WIDGET_KEY, "matrix");
        matrix.setHeaderVisible(true);
        matrix.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(matrix);
    }

    private static TableViewer table(Composite parent, String id, int height) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setData(TopologyPart.WIDGET_KEY, id);
        viewer.getTable().setData(TopologyPart.VIEWER_KEY, viewer);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, height).applyTo(viewer.getTable());
        return viewer;
    }

    private static void column(TableViewer viewer, String title, int width,
            java.util.function.Function<Object, String> text, EditingSupport editing) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        });
        if (editing != null) {
            column.setEditingSupport(editing);
        }
    }

    Composite control() {
        return root;
    }

    void prepared(FolderPreview preview) {
        links.setInput(preview.costs().links());
    }

    void refresh(FolderPreview preview, String clientSiteDn, ReferralWhatIf changes) {
        SiteCosts costs = changes.costs(preview.costs());
        bridgeAll.setSelection(!costs.bridgesRequired());
        links.refresh();
        pathsTitle.setText(NLS.bind(Messages.Costs_pathsFrom, DnNames.firstValue(clientSiteDn)));
        List<Site> sites = preview.topology().sites();
        paths.setInput(sites.stream().map(s -> costs.path(clientSiteDn, s.dn())).toArray());
        fillMatrix(sites, costs);
        root.layout(true, true);
    }

    private void fillMatrix(List<Site> sites, SiteCosts costs) {
        matrix.removeAll();
        for (TableColumn column : matrix.getColumns()) {
            column.dispose();
        }
        if (sites.size() > MATRIX_LIMIT) {
            TableColumn only = new TableColumn(matrix, SWT.NONE);
            only.setText(NLS.bind(Messages.Costs_matrixTooLarge, sites.size(), MATRIX_LIMIT));
            only.setWidth(600);
            return;
        }
        TableColumn corner = new TableColumn(matrix, SWT.NONE);
        corner.setText(Messages.Costs_fromTo);
        corner.setWidth(110);
        for (Site to : sites) {
            TableColumn column = new TableColumn(matrix, SWT.RIGHT);
            column.setText(to.name());
            column.setWidth(80);
        }
        for (Site from : sites) {
            TableItem row = new TableItem(matrix, SWT.NONE);
            row.setText(0, from.name());
            for (int i = 0; i < sites.size(); i++) {
                row.setText(i + 1, cost(costs.cost(from.dn(), sites.get(i).dn())));
            }
        }
    }

    private String whatIfCost(SiteLink link) {
        FolderPreview preview = editor.preview();
        return preview == null ? "" : String.valueOf(editor.whatIf().costs(preview.costs()).costOf(link));
    }

    private static String sitesOf(SiteLink link) {
        return String.join(", ", link.siteDns().stream().map(DnNames::firstValue).toArray(String[]::new));
    }

    private static String cost(long cost) {
        return cost == SiteCosts.UNREACHABLE ? Messages.Costs_unreachable : String.valueOf(cost);
    }

    /** Edits a link's what-if cost (a whole number, 0 or more). */
    private final class CostEditing extends EditingSupport {
        CostEditing() {
            super(links);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return WholeNumberCells.editor(links.getTable(), 0, SiteCosts.UNREACHABLE - 1, Messages.Costs_costRange);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return whatIfCost((SiteLink) element);
        }

        @Override
        protected void setValue(Object element, Object value) {
            if (value != null) {
                editor.setWhatIf(editor.whatIf().withLinkCost((SiteLink) element, Long.parseLong(((String) value).trim())));
            }
        }
    }
}
