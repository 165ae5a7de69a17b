//! Part-of-speech and named-entity taggers (averaged perceptron), their trainers and scorers.
#![deny(missing_docs)]
