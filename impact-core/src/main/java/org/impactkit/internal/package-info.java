/** Text helpers shared by every package (quoting and shortening user values, "did you mean"). Not API. */
package org.impactkit.internal;
