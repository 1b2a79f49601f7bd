package io.adtopo.studio;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.adtopo.ui.referrals.ReferralsView;

/**
 * From an entry selected in Directory Studio's LDAP Browser: shows in Referrals which naming context and
 * crossRef answer for its DN and the URL a DC would refer to.
 */
public final class ShowReferralAnswerHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (!(selection instanceof IStructuredSelection)) {
            return null;
        }
        Optional<SelectedEntry> entry = SelectedEntry.of(((IStructuredSelection) selection).getFirstElement());
        if (entry.isEmpty() || entry.get().dn().isEmpty()) {
            return null;
        }
        try {
            ReferralsView view = (ReferralsView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                    .showView(ReferralsView.ID);
            view.showConnection(entry.get().connectionKey());
            view.showDn(entry.get().dn());
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the Referrals view", e);
        }
        return null;
    }
}
