package io.adtopo.core.ldap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One directory entry as read: its DN and raw attribute values. Attribute names are matched without regard
 * to case; values are kept as bytes and decoded (UTF-8) only when asked for, so binary values such as
 * objectGUID survive and strings cost nothing until used.
 */
public final class LdapEntry {

    private final String dn;
    private final Map<String, List<byte[]>> values;

    private LdapEntry(String dn, Map<String, List<byte[]>> values) {
        this.dn = dn;
        this.values = values;
    }

    public String dn() {
        return dn;
    }

    /** Attribute names present, lower-cased. */
    public List<String> attributeNames() {
        return List.copyOf(values.keySet());
    }

    public boolean has(String attribute) {
        return values.containsKey(key(attribute));
    }

    /** The first value as a string, if any. */
    public Optional<String> string(String attribute) {
        List<byte[]> list = values.get(key(attribute));
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(decode(list.get(0)));
    }

    /** The first value as a string, or the empty string. */
    public String text(String attribute) {
        return string(attribute).orElse("");
    }

    /** All values as strings, in the order the server sent them. */
    public List<String> strings(String attribute) {
        List<byte[]> list = values.get(key(attribute));
        if (list == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(list.size());
        for (byte[] value : list) {
            out.add(decode(value));
        }
        return Collections.unmodifiableList(out);
    }

    /** The first value's bytes (a copy), if any. */
    public Optional<byte[]> bytes(String attribute) {
        List<byte[]> list = values.get(key(attribute));
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0).clone());
    }

    /** All values' bytes (copies). */
    public List<byte[]> allBytes(String attribute) {
        List<byte[]> list = values.get(key(attribute));
        if (list == null) {
            return List.of();
        }
        List<byte[]> out = new ArrayList<>(list.size());
        for (byte[] value : list) {
            out.add(value.clone());
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The first value as an integer (AD stores options, cost and flags as decimal strings, sometimes
     * negative for values with the high bit set), or the default when absent or not a number.
     */
    public long number(String attribute, long defaultValue) {
        Optional<String> value = string(attribute);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value.get().trim());
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    /** The first value as an int; AD's 32-bit flags come back as signed decimal, kept as the same bits. */
    public int flags(String attribute) {
        return (int) number(attribute, 0);
    }

    /** An LDAP Boolean ("TRUE"/"FALSE"), or the default when absent. */
    public boolean bool(String attribute, boolean defaultValue) {
        return string(attribute).map(v -> "TRUE".equalsIgnoreCase(v.trim())).orElse(defaultValue);
    }

    /** True when objectClass holds the class (case-insensitive). */
    public boolean isA(String objectClass) {
        for (String value : strings("objectClass")) {
            if (value.equalsIgnoreCase(objectClass)) {
                return true;
            }
        }
        return false;
    }

    private static String key(String attribute) {
        return attribute.toLowerCase(Locale.ROOT);
    }

    private static String decode(byte[] value) {
        return new String(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return dn;
    }

    public static Builder builder(String dn) {
        return new Builder(dn);
    }

    /** Collects values while an entry is decoded from the wire or from LDIF. */
    public static final class Builder {
        private final String dn;
        private final Map<String, List<byte[]>> values = new LinkedHashMap<>();

        private Builder(String dn) {
            this.dn = Objects.requireNonNull(dn, "dn");
        }

        public Builder add(String attribute, byte[] value) {
            values.computeIfAbsent(key(attribute), k -> new ArrayList<>(1)).add(value.clone());
            return this;
        }

        public Builder add(String attribute, String value) {
            return add(attribute, value.getBytes(StandardCharsets.UTF_8));
        }

        public LdapEntry build() {
            Map<String, List<byte[]>> copy = new LinkedHashMap<>();
            values.forEach((k, v) -> copy.put(k, Collections.unmodifiableList(new ArrayList<>(v))));
            return new LdapEntry(dn, Collections.unmodifiableMap(copy));
        }
    }
}
