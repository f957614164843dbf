/**
 * Sample data for the demo profile only: the Yueyahe street of Tianjin's Hedong district with its thirteen
 * communities, the Jingjiang Dongli pilot of the street's 2022 report, other projects in every lifecycle state,
 * and one demo user per role. Everything is created through the modules' services and marked as sample data.
 */
package org.chenggeng.demo;
