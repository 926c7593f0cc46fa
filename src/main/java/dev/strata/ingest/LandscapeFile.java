package dev.strata.ingest;

/** A landscape file: its path (relative, as shown in problems and stored in {@code sourceFile}) and its text. */
public record LandscapeFile(String path, String content) {}
