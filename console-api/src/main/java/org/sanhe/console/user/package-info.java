/** The centre's users for a supervisor: their roles (from the read model) and password resets. */
package org.sanhe.console.user;
