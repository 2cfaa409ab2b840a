/**
 * What every feature builds on: the site, the database, HTML and text, the reader page base and web filters.
 * Each sub-package is a named interface that any module may use; base itself uses no feature.
 */
package org.sala.base;
