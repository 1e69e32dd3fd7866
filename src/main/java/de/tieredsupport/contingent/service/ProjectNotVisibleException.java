package de.tieredsupport.contingent.service;

/**
 * The acting user may not even see the project (no browse permission, or anonymous). Callers answer it exactly as
 * they answer a project that does not exist (HTTP 404, the same message), so that refusals reveal neither which
 * projects exist nor what they hold; it is still an {@link AccessDeniedException} for those who only need to know
 * that the operation was refused.
 */
public class ProjectNotVisibleException extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    public ProjectNotVisibleException() {
        super("There is no project with this key that you can see");
    }
}
