package com.printdesk.catalog;

/** A message for one form field, found by a rule that field annotations cannot express. */
record FieldProblem(String field, String message) {
}
