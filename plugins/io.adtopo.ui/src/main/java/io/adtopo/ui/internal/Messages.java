package io.adtopo.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The UI bundle's user-visible texts (messages.properties beside this class). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "io.adtopo.ui.internal.messages";

    public static String Connection_label;
    public static String Connection_none;
    public static String Connection_catalogFailed;
    public static String Connection_passwordTitle;
    public static String Connection_passwordPrompt;
    public static String Connection_cancelled;
    public static String Topology_chooseConnection;
    public static String Topology_loading;
    public static String Topology_loaded;
    public static String Topology_failed;
    public static String Topology_notActiveDirectory;
    public static String Topology_cancelled;
    public static String Topology_connectionClosed;
    public static String Topology_connectionGone;
    public static String Topology_jobName;
    public static String Topology_columnName;
    public static String Topology_columnDetails;
    public static String Topology_transports;
    public static String Topology_subnets;
    public static String Topology_bridgesRequired;
    public static String Topology_bridgeAll;
    public static String Topology_linkDetails;
    public static String Topology_bridgeDetails;
    public static String Topology_serverNoReference;
    public static String Topology_serverNotDc;
    public static String Topology_dsaDetails;
    public static String Topology_readOnlyDc;
    public static String Topology_connectionFrom;
    public static String Topology_connectionDisabled;
    public static String Topology_siteDetails;
    public static String Prefs_description;
    public static String Prefs_connections;
    public static String Prefs_add;
    public static String Prefs_edit;
    public static String Prefs_remove;
    public static String Prefs_columnName;
    public static String Prefs_columnUrl;
    public static String Prefs_columnBind;
    public static String Dialog_title;
    public static String Dialog_name;
    public static String Dialog_host;
    public static String Dialog_port;
    public static String Dialog_encryption;
    public static String Dialog_bind;
    public static String Dialog_readOnly;
    public static String Dialog_badPort;
    public static String Dialog_missing;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
