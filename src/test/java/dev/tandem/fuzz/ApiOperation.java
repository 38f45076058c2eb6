package dev.tandem.fuzz;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** One operation of the served OpenAPI document, with its schemas' references resolved on demand. */
record ApiOperation(String method, String path, List<Parameter> parameters, Body body) {

    record Parameter(String name, String in, boolean required, JsonNode schema) {}

    /** A request body: its media type and schema. */
    record Body(String mediaType, JsonNode schema, boolean required) {}

    @Override
    public String toString() {
        return method + " " + path;
    }
}
