package io.adtopo.ui.dfs;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.adtopo.core.dfs.DfsFolder;
import io.adtopo.core.dfs.DfsNamespace;
import io.adtopo.core.dfs.DfsReader;
import io.adtopo.core.dfs.FolderPreview;
import io.adtopo.core.dfs.TargetSiteLocator;
import io.adtopo.core.dns.HostResolvers;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.topology.Topology;
import io.adtopo.core.topology.TopologyReader;
import io.adtopo.ui.connections.SessionOpener;
import io.adtopo.ui.internal.AdtopoUiPlugin;
import io.adtopo.ui.internal.Messages;
import io.adtopo.ui.topology.TopologyState;

/**
 * Reads what a preview needs from the live directory: the topology (the shared one when loaded), the folder
 * as stored now, and each target's site (name lookups: the system resolver, then the directory's DNS).
 */
final class PrepareReferralPreviewJob extends Job {

    /** A preview ready to plan, or why there is none (null for both when cancelled). */
    static final class Outcome {
        final FolderPreview preview;
        final String failure;

        Outcome(FolderPreview preview, String failure) {
            this.preview = preview;
            this.failure = failure;
        }
    }

    private final ReferralPreviewInput input;
    private final Consumer<Outcome> done;

    PrepareReferralPreviewJob(ReferralPreviewInput input, Consumer<Outcome> done) {
        super(NLS.bind(Messages.Referral_prepareJob, input.path()));
        this.input = input;
        this.done = done;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 20);
        try (DirectorySession session = new SessionOpener().open(input.connection(), progress.split(1))) {
            Topology topology = sharedTopology().orElse(null);
            if (topology == null) {
                topology = new TopologyReader().read(session, progress.split(4));
            }
            progress.setWorkRemaining(15);
            String domain = topology.forest().defaultNamingContext();
            Optional<DfsNamespace> namespace = new DfsReader().read(session, domain, progress.split(2)).stream()
                    .filter(ns -> DnNames.same(ns.dn(), input.namespaceDn())).findFirst();
            Optional<DfsFolder> folder = namespace.flatMap(ns -> find(ns, input.folderDn()));
            if (folder.isEmpty()) {
                done.accept(new Outcome(null, NLS.bind(Messages.Referral_folderGone, input.path())));
                return Status.OK_STATUS;
            }
            if (folder.get().targetError().isPresent()) {
                done.accept(new Outcome(null, folder.get().targetError().get()));
                return Status.OK_STATUS;
            }
            TargetSiteLocator locator = new TargetSiteLocator(HostResolvers.standard(session, domain,
                    topology.forest().rootDomainDn()), topology, DnNames.dnsNameOf(domain));
            done.accept(new Outcome(FolderPreview.prepare(namespace.get(), folder.get(), topology, locator,
                    progress.split(13)), null));
        } catch (DirectoryException e) {
            done.accept(new Outcome(null, e.getMessage()));
        } catch (OperationCanceledException e) {
            done.accept(new Outcome(null, null));
            return Status.CANCEL_STATUS;
        }
        return Status.OK_STATUS;
    }

    private Optional<Topology> sharedTopology() {
        TopologyState state = AdtopoUiPlugin.getDefault().topologies().state(input.connection());
        return state.status() == TopologyState.Status.LOADED ? Optional.of(state.topology()) : Optional.empty();
    }

    private static Optional<DfsFolder> find(DfsNamespace ns, String folderDn) {
        if (ns.root().map(r -> DnNames.same(r.dn(), folderDn)).orElse(false)) {
            return ns.root();
        }
        return ns.folders().stream().filter(f -> DnNames.same(f.dn(), folderDn)).findFirst();
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ReferralPreviewEditor.PREPARE_FAMILY;
    }
}
