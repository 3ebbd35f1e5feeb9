// models/api is filled by the REST client work; this keeps the folder a valid part of the library.
