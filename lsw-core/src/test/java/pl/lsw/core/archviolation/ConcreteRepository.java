package pl.lsw.core.archviolation;

/** A deliberate violation: a repository written as a class, where only an interface belongs. */
public class ConcreteRepository {}
