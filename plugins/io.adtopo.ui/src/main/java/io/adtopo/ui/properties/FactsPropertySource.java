package io.adtopo.ui.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/** Read-only facts about one object for the Properties view: category, name, value, in the order added. */
public final class FactsPropertySource implements IPropertySource {

    private final List<PropertyDescriptor> descriptors = new ArrayList<>();
    private final List<String> values = new ArrayList<>();
    private String category = "";

    /** Facts added from now on go into this category. */
    public FactsPropertySource category(String name) {
        category = name;
        return this;
    }

    public FactsPropertySource add(String name, Object value) {
        PropertyDescriptor descriptor = new PropertyDescriptor(Integer.valueOf(descriptors.size()), name);
        descriptor.setCategory(category);
        descriptors.add(descriptor);
        values.add(value == null ? "" : String.valueOf(value));
        return this;
    }

    /** Adds the fact only when it has a value. */
    public FactsPropertySource addIfPresent(String name, String value) {
        return value == null || value.isEmpty() ? this : add(name, value);
    }

    /** The facts as "category / name = value" lines, for tests and for copying. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < descriptors.size(); i++) {
            PropertyDescriptor d = descriptors.get(i);
            lines.add(d.getCategory() + " / " + d.getDisplayName() + " = " + values.get(i));
        }
        return lines;
    }

    /** The value of the first fact with this name, or null. */
    public String value(String name) {
        for (int i = 0; i < descriptors.size(); i++) {
            if (descriptors.get(i).getDisplayName().equals(name)) {
                return values.get(i);
            }
        }
        return null;
    }

    @Override
    public Object getEditableValue() {
        return this;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return descriptors.toArray(new IPropertyDescriptor[0]);
    }

    @Override
    public Object getPropertyValue(Object id) {
        return values.get((Integer) id);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read-only
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read-only
    }
}
