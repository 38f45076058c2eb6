package dev.tandem.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** The served OpenAPI document read as a tree: its operations and its component schemas. */
final class OpenApiDocument {

    private final JsonNode root;

    OpenApiDocument(String json) {
        this.root = JsonMapper.builder().build().readTree(json);
    }

    JsonNode root() {
        return root;
    }

    List<ApiOperation> operations() {
        var operations = new ArrayList<ApiOperation>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                operations.add(operation(path.getKey(), method.getKey(), method.getValue()));
            }
        }
        return operations;
    }

    private ApiOperation operation(String path, String method, JsonNode node) {
        var parameters = new ArrayList<ApiOperation.Parameter>();
        for (JsonNode parameter : node.path("parameters")) {
            var resolved = resolve(parameter);
            parameters.add(new ApiOperation.Parameter(
                    resolved.path("name").asString(),
                    resolved.path("in").asString(),
                    resolved.path("required").asBoolean(false),
                    resolve(resolved.path("schema"))));
        }
        ApiOperation.Body body = null;
        var content = node.path("requestBody").path("content");
        for (Map.Entry<String, JsonNode> media : content.properties()) {
            body = new ApiOperation.Body(
                    media.getKey(),
                    resolve(media.getValue().path("schema")),
                    node.path("requestBody").path("required").asBoolean(false));
            break;
        }
        return new ApiOperation(method.toUpperCase(), path, parameters, body);
    }

    /** The node a {@code $ref} points to, or the node itself. */
    JsonNode resolve(JsonNode node) {
        var reference = node.path("$ref");
        if (reference.isMissingNode()) {
            return node;
        }
        JsonNode target = root;
        for (String part : reference.asString().substring(2).split("/")) {
            target = target.path(part);
        }
        return target.isMissingNode() ? MissingNode.getInstance() : resolve(target);
    }
}
