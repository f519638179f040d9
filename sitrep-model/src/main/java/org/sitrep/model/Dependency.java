package org.sitrep.model;

/**
 * A basic dependency arc between two tokens of one sentence (Universal Dependencies relation).
 *
 * @param governor token index of the head, -1 for the root
 */
public record Dependency(int governor, int dependent, String relation) {}
