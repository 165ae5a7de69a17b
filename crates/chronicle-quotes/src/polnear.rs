//! PolNeAR reading and scoring (filled in below).
