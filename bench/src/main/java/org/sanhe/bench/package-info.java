/**
 * Benchmarks: JMH microbenchmarks whose sub-packages mirror the production packages they measure, and load
 * generators. Figures go to docs/benchmarks.md together with the command that produced them.
 */
package org.sanhe.bench;
