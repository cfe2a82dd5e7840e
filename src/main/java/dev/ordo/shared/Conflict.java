package dev.ordo.shared;

/** The request clashes with the current state, e.g. a decision on a change that was already decided. */
public class Conflict extends RuntimeException {

	public Conflict(String message) {
		super(message);
	}
}
