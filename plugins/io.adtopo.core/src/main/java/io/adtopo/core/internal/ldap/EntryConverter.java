package io.adtopo.core.internal.ldap;

import org.apache.directory.api.ldap.model.entry.Attribute;
import org.apache.directory.api.ldap.model.entry.Entry;
import org.apache.directory.api.ldap.model.entry.Value;

import io.adtopo.core.ldap.LdapEntry;

/** Copies a Directory API entry into adtopo's {@link LdapEntry}, keeping every value's raw bytes. */
final class EntryConverter {

    private EntryConverter() {
    }

    static LdapEntry convert(Entry entry) {
        LdapEntry.Builder builder = LdapEntry.builder(entry.getDn().getName());
        for (Attribute attribute : entry.getAttributes()) {
            String name = attribute.getUpId();
            for (Value value : attribute) {
                byte[] bytes = value.getBytes();
                builder.add(name, bytes == null ? new byte[0] : bytes);
            }
        }
        return builder.build();
    }
}
