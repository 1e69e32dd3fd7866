package de.tieredsupport.contingent.rest;

import java.util.List;

/**
 * A request the REST layer refuses before any use case runs: no caller (401), an unknown project (404), a missing
 * body (400), a body too large (413) or not JSON (415). Translated like a validation message: key {@code support-contingent.error.<code>}.
 */
final class RequestProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;
    private final String code;
    private final transient List<Object> arguments;

    RequestProblem(int status, String field, String code, String message, Object... arguments) {
        super(message, null, false, false);
        this.status = status;
        this.field = field;
        this.code = code;
        this.arguments = List.of(arguments);
    }

    static RequestProblem unauthenticated() {
        return new RequestProblem(401, null, "notAuthenticated", "Log in to use this resource");
    }

    /**
     * A project key that names no project the caller can see: one that does not exist, and one the caller may not
     * browse, get this very answer, so that it reveals neither.
     */
    static RequestProblem unknownProject() {
        return new RequestProblem(404, "projectKey", "project.unknown",
                "There is no project with this key that you can see");
    }

    static RequestProblem missingBody() {
        return new RequestProblem(400, "body", "body.required", "The request needs a JSON body");
    }

    int status() {
        return status;
    }

    String field() {
        return field;
    }

    String code() {
        return code;
    }

    List<Object> arguments() {
        return arguments;
    }
}
