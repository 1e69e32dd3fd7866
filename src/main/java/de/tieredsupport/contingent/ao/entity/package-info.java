/**
 * Active Objects entities: the plugin's tables. Table names are {@code AO_59A0F7_} + the {@code @Table} value
 * (at most 30 characters in all), columns follow the getter names. Money is stored as a plain decimal string
 * (AO has no decimal type), instants as epoch milliseconds, months as {@code yyyymm} integers. No entity proxy
 * leaves the {@code ao} package: stores map rows to immutable domain objects.
 */
package de.tieredsupport.contingent.ao.entity;
