package pl.lsw.core.archviolation.port;

/** A deliberate violation: a public class in a port package, where only interfaces belong. */
public class ConcretePort {}
