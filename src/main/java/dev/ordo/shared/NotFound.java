package dev.ordo.shared;

/**
 * A record that does not exist for the caller. Records of another organization raise it too, so that their
 * existence is not revealed.
 */
public class NotFound extends RuntimeException {

	public NotFound(String what, Object id) {
		super(what + " " + id + " not found");
	}
}
