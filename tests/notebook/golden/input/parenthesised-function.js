(function f() {});
