package dev.tandem.shared.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.function.Predicate;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.InputBuffer;
import org.apache.tomcat.util.net.ApplicationBufferHandler;

/**
 * Stops reading an upload that declares no length (sent in chunks) once it passes {@link
 * WebLimits#maxUploadRequestSize()}, unless it goes to an import: the servlet container reads a multipart request up
 * to the largest limit of any address (an import's, 100 MB) before {@link UploadLimit} can measure its files, since it
 * is one reader for every address. A valve, because only the container's own input can be bounded before it parses.
 */
final class UndeclaredUploadLimit extends ValveBase {

    /** The request attribute that says the upload was cut off at the limit. */
    static final String PASSED = UndeclaredUploadLimit.class.getName() + ".PASSED";

    private final Predicate<String> importing;
    private final long limit;

    /** {@code importing}: whether a path within the application is an import's ({@code LargeUploads}). */
    UndeclaredUploadLimit(Predicate<String> importing, long limit) {
        super(true);
        this.importing = importing;
        this.limit = limit;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (request.getContentLengthLong() >= 0
                || !RequestBodyLimit.isMultipart(request)
                || importing.test(request.getRequestURI()
                        .substring(request.getContextPath().length()))) {
            getNext().invoke(request, response);
            return;
        }
        var coyote = request.getCoyoteRequest();
        var input = coyote.getInputBuffer();
        coyote.setInputBuffer(new Bounded(input, limit, request));
        try {
            getNext().invoke(request, response);
        } finally {
            // the container keeps its input for the connection's next request
            coyote.setInputBuffer(input);
        }
    }

    private static final class Bounded implements InputBuffer {

        private final InputBuffer input;
        private final long limit;
        private final Request request;
        private long read;

        Bounded(InputBuffer input, long limit, Request request) {
            this.input = input;
            this.limit = limit;
            this.request = request;
        }

        /**
         * Past the limit, the upload ends here: the multipart reader finds it cut short and {@link UploadLimit} answers
         * 413. (A failure to read would instead have the container answer 400 itself, whatever the filters write.)
         */
        @Override
        public int doRead(ApplicationBufferHandler handler) throws IOException {
            if (read > limit) {
                return -1;
            }
            int n = input.doRead(handler);
            if (n > 0) {
                read += n;
                if (read > limit) {
                    request.setAttribute(PASSED, Boolean.TRUE);
                    var buffer = handler.getByteBuffer();
                    buffer.limit(buffer.position());
                    return -1;
                }
            }
            return n;
        }

        @Override
        public int available() {
            return input.available();
        }
    }
}
