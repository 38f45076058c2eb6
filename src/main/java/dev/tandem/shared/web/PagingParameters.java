package dev.tandem.shared.web;

import dev.tandem.shared.Paging;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How the API description shows a {@link Paging} argument: the three optional query parameters
 * {@link PagingArgumentResolver} reads, not one object.
 */
record PagingParameters(
        @Parameter(
                        description = "Page number, from 0",
                        schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
                Integer page,
        @Parameter(
                        description = "Items per page, at most " + Paging.MAX_SIZE,
                        schema = @Schema(type = "integer", minimum = "1", defaultValue = "20"))
                Integer size,
        @Parameter(description = "Sort field, or field,desc") String sort) {}
