package org.minsheng.web.open311;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Open311 answer as JSON or XML, as the path's suffix asks. An answer is a root element
 * holding either one object or a list of items; objects are ordered maps whose values are text,
 * numbers, booleans, null (an empty element in XML, null in JSON) or nested {@link Items}.
 */
final class Open311Format {

    static final MediaType XML = MediaType.valueOf("text/xml;charset=UTF-8");
    static final MediaType JSON = MediaType.valueOf("application/json;charset=UTF-8");

    /** A nested list: XML names each element {@code item}; JSON writes an array. */
    record Items(String item, List<?> values) {
    }

    private Open311Format() {
    }

    static boolean isKnown(String format) {
        return "json".equals(format) || "xml".equals(format);
    }

    /** A list of {@code item} objects under {@code root}. */
    static Response list(int status, String format, String root, String item, List<? extends Map<String, ?>> values) {
        return "xml".equals(format)
                ? Response.status(status).type(XML).entity(xml(root, new Items(item, values))).build()
                : Response.status(status).type(JSON).entity(jsonArray(values).build().toString()).build();
    }

    /** One object as {@code root}. */
    static Response object(String format, String root, Map<String, ?> value) {
        return "xml".equals(format)
                ? Response.ok(xml(root, value)).type(XML).build()
                : Response.ok(jsonObject(value).build().toString()).type(JSON).build();
    }

    /** The spec's errors: a list of {code, description}. */
    static Response error(int status, String format, String description) {
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("code", status);
        error.put("description", description);
        return list(status, format, "errors", "error", List.of(error));
    }

    private static JsonArrayBuilder jsonArray(List<?> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object v : values) {
            array.add(json(v));
        }
        return array;
    }

    private static JsonObjectBuilder jsonObject(Map<String, ?> map) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        map.forEach((k, v) -> object.add(k, json(v)));
        return object;
    }

    @SuppressWarnings("unchecked")
    private static JsonValue json(Object v) {
        if (v == null) {
            return JsonValue.NULL;
        } else if (v instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        } else if (v instanceof Integer i) {
            return Json.createValue(i);
        } else if (v instanceof Long l) {
            return Json.createValue(l);
        } else if (v instanceof Map<?, ?> m) {
            return jsonObject((Map<String, ?>) m).build();
        } else if (v instanceof Items items) {
            return jsonArray(items.values()).build();
        }
        return Json.createValue(v.toString());
    }

    private static String xml(String root, Object content) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement(root);
            writeContent(w, content);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("XML writer failed", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void writeContent(XMLStreamWriter w, Object v) throws XMLStreamException {
        if (v == null) {
            return;
        }
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<String, ?> e : ((Map<String, ?>) m).entrySet()) {
                w.writeStartElement(e.getKey());
                writeContent(w, e.getValue());
                w.writeEndElement();
            }
        } else if (v instanceof Items items) {
            for (Object item : items.values()) {
                w.writeStartElement(items.item());
                writeContent(w, item);
                w.writeEndElement();
            }
        } else {
            w.writeCharacters(v.toString());
        }
    }
}
