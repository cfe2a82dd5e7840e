package dev.ordo.shared;

/** The caller is known but lacks the role or ownership the action needs. */
public class AccessDenied extends RuntimeException {

	public AccessDenied(String message) {
		super(message);
	}
}
