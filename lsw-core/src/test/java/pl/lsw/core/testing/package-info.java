/** Test support shared by the core's tests and published in its test-jar. */
package pl.lsw.core.testing;
