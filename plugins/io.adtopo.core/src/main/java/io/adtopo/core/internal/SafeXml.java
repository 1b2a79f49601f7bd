package io.adtopo.core.internal;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A DOM parser for values read from a directory: the JDK's own parser (not one a bundle registers),
 * namespace aware, no DOCTYPE at all (so no external entity and no entity expansion bomb), no XInclude, every
 * error fatal, and any attempt to resolve an entity refused.
 */
public final class SafeXml {

    private static final ErrorHandler FAIL_ON_ERRORS = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // a warning does not make a value unreadable
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    private SafeXml() {
    }

    /** @throws ParserConfigurationException when the parser cannot be set up to refuse DTDs */
    public static DocumentBuilder documentBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        setIfSupported(factory, XMLConstants.ACCESS_EXTERNAL_DTD);
        setIfSupported(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(FAIL_ON_ERRORS);
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("External entities are refused.");
        });
        return builder;
    }

    private static void setIfSupported(DocumentBuilderFactory factory, String name) {
        try {
            factory.setAttribute(name, "");
        } catch (IllegalArgumentException e) {
            // this parser does not know the attribute; the disallowed DOCTYPE already keeps DTDs out
        }
    }
}
