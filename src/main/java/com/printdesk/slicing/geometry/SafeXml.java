package com.printdesk.slicing.geometry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers for untrusted 3MF parts: no DTDs, no external entities (3MF forbids both, and an
 * entity is how XXE reads the server's files), UTF-8 only, whitespace before the XML declaration
 * tolerated (Autodesk Fusion writes it; strict parsers refuse it).
 */
final class SafeXml {

    private SafeXml() {
    }

    /** A factory per document: cheap for the JDK's, and factories are not promised to be thread-safe. */
    private static XMLInputFactory factory() {
        // the JDK's own parser, whatever else is on the classpath (tests carry Woodstox), so the
        // behaviour tested is the behaviour shipped
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resources are not allowed: " + systemId);
        });
        return factory;
    }

    interface Handler {
        void parse(XMLStreamReader reader) throws XMLStreamException;
    }

    /** Parses a part and reads its entry to the end, so the ZIP checksum is verified too. */
    static void parse(InputStream raw, String part, Handler handler) throws IOException {
        InputStream in = utf8Start(raw, part);
        try {
            XMLStreamReader reader = factory().createXMLStreamReader(notClosing(in), "UTF-8");
            String declared = reader.getCharacterEncodingScheme();
            if (declared != null && !declared.equalsIgnoreCase("UTF-8")) {
                throw new Rejection("the 3MF part '" + part + "' is encoded in " + declared + ", but 3MF requires UTF-8");
            }
            handler.parse(new NoDtd(reader, part).reader());
            reader.close();
            in.transferTo(OutputStream.nullOutputStream());
        } catch (XMLStreamException e) {
            in.transferTo(OutputStream.nullOutputStream()); // a CRC failure explains bad XML best
            throw new Rejection("the 3MF part '" + part + "' is not well-formed XML (" + firstLine(e) + ")", e);
        } catch (Rejection e) {
            in.transferTo(OutputStream.nullOutputStream());
            throw e;
        }
    }

    /** The parser closes its input at the end of the document, but the rest must still be drained. */
    private static InputStream notClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int marker = message.indexOf("Message: ");
        String text = marker >= 0 ? message.substring(marker + 9) : message;
        return text.lines().findFirst().orElse(text);
    }

    private static InputStream utf8Start(InputStream raw, String part) throws IOException {
        PushbackInputStream in = new PushbackInputStream(raw, 4);
        int b = skipWhitespace(in);
        if (b == 0xEF) {
            if (in.read() != 0xBB || in.read() != 0xBF) {
                throw new Rejection("the 3MF part '" + part + "' is not UTF-8 (it starts with a broken byte order mark)");
            }
            b = skipWhitespace(in);
        }
        if (b != '<') {
            throw new Rejection("the 3MF part '" + part + "' is not UTF-8 XML (it does not start with '<')");
        }
        in.unread(b);
        return in;
    }

    private static int skipWhitespace(InputStream in) throws IOException {
        int b = in.read();
        while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
            b = in.read();
        }
        return b;
    }

    /** Refuses a document type declaration instead of silently skipping it. */
    private record NoDtd(XMLStreamReader delegate, String part) {

        XMLStreamReader reader() {
            return new javax.xml.stream.util.StreamReaderDelegate(delegate) {
                @Override
                public int next() throws XMLStreamException {
                    int event = super.next();
                    if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                        throw new Rejection("the 3MF part '" + part + "' declares a DTD or entities, which 3MF forbids");
                    }
                    return event;
                }
            };
        }
    }
}
