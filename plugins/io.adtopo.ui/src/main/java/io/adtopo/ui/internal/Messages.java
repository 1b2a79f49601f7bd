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
    public static String Topology_chainBroken;
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

    public static String Break_noServerReference;
    public static String Break_referenceNotFound;
    public static String Break_notADcAccount;
    public static String Break_hostNameMismatch;
    public static String Break_missingReplicationSpn;
    public static String Break_missingGcSpn;
    public static String Prop_accountKind;
    public static String Prop_behaviorVersion;
    public static String Prop_bridgesRequired;
    public static String Prop_chain;
    public static String Prop_chainIntact;
    public static String Prop_chainState;
    public static String Prop_computer;
    public static String Prop_cost;
    public static String Prop_dcAccount;
    public static String Prop_description;
    public static String Prop_dn;
    public static String Prop_domainController;
    public static String Prop_dsaGuid;
    public static String Prop_enabled;
    public static String Prop_gcSpn;
    public static String Prop_globalCatalog;
    public static String Prop_identity;
    public static String Prop_inbound;
    public static String Prop_invocationId;
    public static String Prop_istg;
    public static String Prop_kind;
    public static String Prop_location;
    public static String Prop_memberAccount;
    public static String Prop_missing;
    public static String Prop_msdcsName;
    public static String Prop_namingContexts;
    public static String Prop_no;
    public static String Prop_notAComputer;
    public static String Prop_notFound;
    public static String Prop_notGc;
    public static String Prop_object;
    public static String Prop_options;
    public static String Prop_partialOn;
    public static String Prop_preCreated;
    public static String Prop_readOnly;
    public static String Prop_referral;
    public static String Prop_referralUrl;
    public static String Prop_replInterval;
    public static String Prop_replicas;
    public static String Prop_replication;
    public static String Prop_replicationSpn;
    public static String Prop_rodcAccount;
    public static String Prop_role;
    public static String Prop_server;
    public static String Prop_servers;
    public static String Prop_site;
    public static String Prop_siteLinks;
    public static String Prop_siteOptions;
    public static String Prop_sites;
    public static String Prop_source;
    public static String Prop_sourceGuid;
    public static String Prop_sourceUnknown;
    public static String Prop_subnets;
    public static String Prop_transport;
    public static String Prop_writableOn;
    public static String Prop_yes;

    public static String Partitions_preCreated;
    public static String Partitions_outsideForest;
    public static String Partitions_partial;
    public static String Partitions_noHost;
    public static String Partitions_columnNc;
    public static String Partitions_columnKind;
    public static String Partitions_columnHosts;
    public static String Partitions_columnReferral;
    public static String Partitions_loaded;

    public static String Find_jobName;
    public static String Find_title;
    public static String Find_intro;
    public static String Find_button;
    public static String Find_select;
    public static String Find_searching;
    public static String Find_liveOnly;
    public static String Find_nothing;
    public static String Find_columnText;
    public static String Find_columnKind;
    public static String Find_columnFound;
    public static String Find_kindDsaGuid;
    public static String Find_kindInvocationId;
    public static String Find_kindMsdcs;
    public static String Find_kindSiteServer;
    public static String Find_kindNtdsDn;
    public static String Find_kindGuid;
    public static String Find_deleted;
    public static String Find_notFound;

    public static String Validation_markerJob;
    public static String Preview_target;
    public static String Preview_readOnly;
    public static String Preview_safe;
    public static String Preview_apply;
    public static String Preview_copy;
    public static String Preview_fixTitle;
    public static String Apply_jobName;
    public static String Apply_title;
    public static String Apply_changed;
    public static String Apply_refused;
    public static String Apply_notLogged;
    public static String Apply_noConnection;
    public static String Undo_title;
    public static String Undo_unreadable;
    public static String Undo_nothing;
    public static String Undo_noConnection;
    public static String Undo_label;
    public static String Undo_reason;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
