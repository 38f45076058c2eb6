package dev.tandem.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A list's filter, a record whose components are optional query parameters of the same names, read by {@link
 * QueryFilters}: what does not read as its component's type is a 400 naming every such parameter.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface QueryFilter {}
