package task

// Letter gives the external tests the Hà Nội letter's document.
var Letter = letter
